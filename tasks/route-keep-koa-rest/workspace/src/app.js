const Koa = require("koa");
const Router = require("@koa/router");
const app = new Koa();
const router = new Router();
router.get("/stores", (ctx) => { ctx.body = []; });
app.use(router.routes());
module.exports = app;
