import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

import { Complaint } from './complaints/complaint.entity';
import { ProcurementContract } from './contracts/procurement-contract.entity';
import { ProcurementImportRow } from './import/procurement-import-row.entity';
import { ProcurementImport } from './import/procurement-import.entity';
import { ProcurementBid } from './projects/procurement-bid.entity';
import { ProcurementProject } from './projects/procurement-project.entity';
import { SupplierCard } from './projection/supplier-card.entity';
import { ProcurementAlert } from './scan/procurement-alert.entity';

/** Every entity of the procurement database, listed explicitly. */
export const PROCUREMENT_ENTITIES = [OutboxMessage, InboxMessage, SupplierCard, ProcurementContract, ProcurementAlert, Complaint, ProcurementProject, ProcurementBid, ProcurementImport, ProcurementImportRow];
