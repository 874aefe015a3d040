import { Controller } from "@nestjs/common";
import { MessagePattern, Payload } from "@nestjs/microservices";

@Controller()
export class PaymentsController {
  @MessagePattern({ cmd: "charge" })
  charge(@Payload() data: { orderId: string; amount: number }) {
    return { orderId: data.orderId, status: "charged" };
  }
}
