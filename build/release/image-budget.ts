/**
 * The largest app image a release may ship: the 4 MB boards' OTA slot (0x1F0000, 1,984 KiB) less
 * 192 KiB of headroom, so a release that crosses it fails its build while a fix still fits every
 * slot in the field. Both OTA slots of every partition table must hold at least this much.
 */
export const APP_IMAGE_BUDGET_BYTES = 0x1c0000;
