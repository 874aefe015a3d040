import { Controller, Param, Patch } from "@nestjs/common";
import { ExpensesService } from "./expenses.service";

@Controller("expenses")
export class ExpensesController {
  constructor(private readonly expenses: ExpensesService) {}

  @Patch(":id/approve")
  approve(@Param("id") id: string) {
    return this.expenses.approve(id);
  }
}
