import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

import { Complaint } from './complaints/complaint.entity';
import { ProcurementContract } from './contracts/procurement-contract.entity';
import { SupplierCard } from './projection/supplier-card.entity';
import { ProcurementAlert } from './scan/procurement-alert.entity';

/** Every entity of the procurement database, listed explicitly. */
export const PROCUREMENT_ENTITIES = [OutboxMessage, InboxMessage, SupplierCard, ProcurementContract, ProcurementAlert, Complaint];
