import { ConflictException, NotFoundException } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import { Order, OrderStatus } from './entities/order.entity';
import { OrdersService } from './orders.service';

describe('OrdersService', () => {
  let service: OrdersService;
  const repo = {
    create: jest.fn((data) => data),
    save: jest.fn(async (order) => ({ id: 'generated-id', ...order })),
    findOne: jest.fn(),
    findAndCount: jest.fn(),
  };

  beforeEach(async () => {
    jest.clearAllMocks();
    const moduleRef = await Test.createTestingModule({
      providers: [OrdersService, { provide: getRepositoryToken(Order), useValue: repo }],
    }).compile();
    service = moduleRef.get(OrdersService);
  });

  it('totals the items when creating an order', async () => {
    const order = await service.create({
      customerEmail: 'Ada@Example.com',
      items: [
        { sku: 'MUG-01', quantity: 2, unitPriceCents: 1250 },
        { sku: 'TEE-07', quantity: 1, unitPriceCents: 2400 },
      ],
    });
    expect(order.totalCents).toBe(4900);
    expect(order.customerEmail).toBe('ada@example.com');
    expect(order.currency).toBe('USD');
  });

  it('throws NotFound for an unknown order', async () => {
    repo.findOne.mockResolvedValue(null);
    await expect(service.findOne('missing')).rejects.toBeInstanceOf(NotFoundException);
  });

  it('refuses to cancel a shipped order', async () => {
    repo.findOne.mockResolvedValue({ id: 'o1', status: OrderStatus.Shipped });
    await expect(service.cancel('o1')).rejects.toBeInstanceOf(ConflictException);
  });

  it('cancels a paid order', async () => {
    repo.findOne.mockResolvedValue({ id: 'o2', status: OrderStatus.Paid });
    const order = await service.cancel('o2');
    expect(order.status).toBe(OrderStatus.Cancelled);
  });
});
