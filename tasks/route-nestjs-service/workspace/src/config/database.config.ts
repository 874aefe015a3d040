import { TypeOrmModuleOptions } from '@nestjs/typeorm';

// Migrations own the schema; synchronize would silently alter production tables.
export function databaseConfig(): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url: process.env.DATABASE_URL ?? 'postgres://orders:orders@localhost:5432/orders',
    autoLoadEntities: true,
    synchronize: false,
    migrationsRun: false,
  };
}
