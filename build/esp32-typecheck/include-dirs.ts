// Where ESP-IDF's headers live, per target: the include directories the components our adapters
// and main/ use (or that their headers pull in) would export in a real build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Target } from './sdkconfig.ts';

const dirs = (t: Target) => [
  'esp_common/include',
  'esp_system/include',
  'log/include',
  'heap/include',
  'esp_timer/include',
  'esp_event/include',
  'esp_netif/include',
  'esp_http_server/include',
  'app_update/include',
  'esp_partition/include',
  'bootloader_support/include',
  'esp_bootloader_format/include',
  'esp_app_format/include',
  'esp_wifi/include',
  'esp_wifi/include/local',
  'esp_wifi/wifi_apps/include',
  'esp_wifi/wifi_apps/nan_app/include',
  'esp_phy/include',
  'nvs_flash/include',
  'esp_http_client/include',
  'esp-tls',
  'esp-tls/esp-tls-crypto',
  'tcp_transport/include',
  'mbedtls/esp_crt_bundle/include',
  'mbedtls/port/include',
  'mbedtls/mbedtls/include',
  'fatfs/vfs',
  'fatfs/src',
  'fatfs/diskio',
  'wear_levelling/include',
  'sdmmc/include',
  'vfs/include',
  'esp_driver_sdmmc/include',
  'esp_driver_sdspi/include',
  'esp_driver_spi/include',
  'esp_driver_gpio/include',
  'esp_driver_ledc/include',
  'esp_driver_uart/include',
  'esp_ringbuf/include',
  'esp_psram/include',
  'efuse/include',
  `efuse/${t}/include`,
  'esp_pm/include',
  'pthread/include',
  'spi_flash/include',
  'http_parser',
  'freertos/FreeRTOS-Kernel/include',
  'freertos/config/include',
  'freertos/config/include/freertos',
  'freertos/config/xtensa/include',
  'freertos/FreeRTOS-Kernel/portable/xtensa/include',
  'freertos/FreeRTOS-Kernel/portable/xtensa/include/freertos',
  'freertos/esp_additions/include',
  'xtensa/include',
  `xtensa/${t}/include`,
  'soc/include',
  `soc/${t}/include`,
  `soc/${t}/register`,
  'hal/include',
  `hal/${t}/include`,
  'hal/platform_port/include',
  'esp_hw_support/include',
  'esp_hw_support/include/soc',
  'esp_hw_support/dma/include',
  `esp_hw_support/port/${t}/include`,
  'esp_rom/include',
  `esp_rom/${t}/include`,
  `esp_rom/${t}`,
  'lwip/include',
  'lwip/include/apps',
  'lwip/include/apps/sntp',
  'lwip/lwip/src/include',
  'lwip/port/include',
  'lwip/port/freertos/include',
  'lwip/port/esp32xx/include',
  'lwip/port/esp32xx/include/arch',
];

/** The existing include directories for `target`, and the ones that should exist but do not. */
export function idfIncludeDirs(idfPath: string, target: Target): { found: string[]; missing: string[] } {
  const all = dirs(target).map((d) => join(idfPath, 'components', d));
  return { found: all.filter((d) => existsSync(d)), missing: all.filter((d) => !existsSync(d)) };
}

/** newlib's own directory: after the host's C library, for esp_newlib.h and nothing it shadows. */
export const newlibPlatformInclude = (idfPath: string) =>
  join(idfPath, 'components', 'newlib', 'platform_include');
