import { Injectable } from "@nestjs/common";

@Injectable()
export class ShippingService {
  markShipped(orderId: string) {
    return { orderId, status: "shipped" };
  }
}
