import { INestApplication, ValidationPipe } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import * as request from 'supertest';
import { AppModule } from '../src/app.module';

// Runs against the database in DATABASE_URL (migrated), like the app itself.
describe('Orders (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
    await app.init();
  });

  afterAll(() => app.close());

  it('creates an order and reads it back', async () => {
    const created = await request(app.getHttpServer())
      .post('/orders')
      .send({ customerEmail: 'e2e@example.com', items: [{ sku: 'MUG-01', quantity: 1, unitPriceCents: 900 }] })
      .expect(201);

    await request(app.getHttpServer())
      .get(`/orders/${created.body.id}`)
      .expect(200)
      .expect((res) => expect(res.body.totalCents).toBe(900));
  });

  it('rejects an order without items', () =>
    request(app.getHttpServer())
      .post('/orders')
      .send({ customerEmail: 'e2e@example.com', items: [] })
      .expect(400));
});
