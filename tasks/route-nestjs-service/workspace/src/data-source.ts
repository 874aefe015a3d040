import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { OrderItem } from './orders/entities/order-item.entity';
import { Order } from './orders/entities/order.entity';

// Used by the TypeORM CLI (npm run typeorm) to run and generate migrations.
export default new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL ?? 'postgres://orders:orders@localhost:5432/orders',
  entities: [Order, OrderItem],
  migrations: ['src/migrations/*.ts'],
});
