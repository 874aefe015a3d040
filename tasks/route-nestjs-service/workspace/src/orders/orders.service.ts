import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQuery } from './dto/list-orders.query';
import { Order, OrderStatus } from './entities/order.entity';

const CANCELLABLE = new Set([OrderStatus.Pending, OrderStatus.Paid]);

@Injectable()
export class OrdersService {
  constructor(@InjectRepository(Order) private readonly repo: Repository<Order>) {}

  async list({ status, customerEmail, page, pageSize }: ListOrdersQuery) {
    const [items, total] = await this.repo.findAndCount({
      where: { status, customerEmail },
      order: { createdAt: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }

  async findOne(id: string): Promise<Order> {
    const order = await this.repo.findOne({ where: { id } });
    if (!order) {
      throw new NotFoundException(`order ${id} not found`);
    }
    return order;
  }

  create(dto: CreateOrderDto): Promise<Order> {
    const totalCents = dto.items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0);
    const order = this.repo.create({
      customerEmail: dto.customerEmail.toLowerCase(),
      currency: dto.currency ?? 'USD',
      items: dto.items,
      totalCents,
    });
    return this.repo.save(order);
  }

  async cancel(id: string): Promise<Order> {
    const order = await this.findOne(id);
    if (!CANCELLABLE.has(order.status)) {
      throw new ConflictException(`order ${id} is ${order.status} and cannot be cancelled`);
    }
    order.status = OrderStatus.Cancelled;
    return this.repo.save(order);
  }
}
