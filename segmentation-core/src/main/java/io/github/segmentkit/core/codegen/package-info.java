/**
 * Internal: what the engine's code generators share. The engine generates, per segment plan, the code that reads and
 * tests one customer ({@code core.row.RowKernelGenerator}) and, per schema, the loops that read customers into a
 * table's columns ({@code core.column.ColumnFillGenerator}): hidden classes whose constants come from validated
 * definitions as class data, never from strings compiled into code. Not exported by the module.
 */
package io.github.segmentkit.core.codegen;
