import { Controller } from "@nestjs/common";
import { EventPattern, Payload } from "@nestjs/microservices";

@Controller()
export class NotificationsController {
  @EventPattern("order_created")
  onOrderCreated(@Payload() event: { orderId: string; email: string }) {
    return { queued: event.orderId };
  }
}
