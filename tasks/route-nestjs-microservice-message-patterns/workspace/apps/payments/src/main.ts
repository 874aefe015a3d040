import { NestFactory } from "@nestjs/core";
import { MicroserviceOptions, Transport } from "@nestjs/microservices";
import { PaymentsModule } from "./payments.module";

async function bootstrap() {
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(PaymentsModule, {
    transport: Transport.TCP, options: { port: 4002 },
  });
  await app.listen();
}
bootstrap();
