// The settings area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/settings/ is internal to it (lint: area-boundaries).
export { HOST_ENTRY, readAllowedHosts, readDeclared, readUploadQuota } from './declared';
export { readOffice, writeOffice } from './service';
export { readSetting, writeSetting } from './store';
