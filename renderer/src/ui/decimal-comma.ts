/**
 * The decimal mark of a number field (antd InputNumber's decimalSeparator): Vietnamese writes
 * 33,33 % and 7,5 điểm, and the app shows them so; without it antd's own parser dropped the comma
 * and kept the digits ("7,5" became 75, "33,33" became 3333, clamped to 100). A dot is still read
 * as the decimal mark too.
 */
export const DECIMAL_COMMA = ',';
