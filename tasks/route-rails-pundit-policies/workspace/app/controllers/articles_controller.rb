class ArticlesController < ApplicationController
  def destroy
    article = Article.find(params[:id])
    return head :forbidden unless current_user.admin?
    article.destroy!
    head :no_content
  end
end
