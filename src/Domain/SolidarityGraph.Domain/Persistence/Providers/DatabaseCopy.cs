using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SolidarityGraph.Domain.Persistence.Providers;

/// <summary>
/// Copies every table of a context's model, row by row and value by value, from one database to another of any provider
/// (the <c>copy-to</c> verb: a SQLite file into PostgreSQL). It bypasses SaveChanges on purpose: versions, timestamps
/// and the audit trail are copied as they are, not stamped anew. Tables go in foreign-key order (principals first; rows of
/// a self-referencing table parents first), identity sequences continue after the copied keys, and all of it is one
/// transaction on the target.
/// </summary>
public static class DatabaseCopy
{
    private const int RowsPerStatement = 200;

    /// <summary>Row counts per table of <paramref name="context"/>'s model, in copy order.</summary>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> CountAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var counts = new List<(string, long)>();
        foreach (var table in Ordered(context.Model.GetRelationalModel()))
        {
            var count = await ScalarAsync(context, $"SELECT COUNT(*) FROM {Quote(table.Name)}", cancellationToken).ConfigureAwait(false);
            counts.Add((table.Name, Convert.ToInt64(count, CultureInfo.InvariantCulture)));
        }

        return counts;
    }

    /// <summary>Copies every row of <paramref name="source"/>'s tables into the same (empty) tables of <paramref name="target"/>.</summary>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> CopyAsync(DbContext source, DbContext target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var copied = new List<(string, long)>();
        await using var transaction = await target.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var table in Ordered(source.Model.GetRelationalModel()))
        {
            var rows = await ReadAsync(source, table, cancellationToken).ConfigureAwait(false);
            await WriteAsync(target, table, ParentsFirst(table, rows), cancellationToken).ConfigureAwait(false);
            copied.Add((table.Name, rows.Count));
        }

        if (DatabaseProviders.Of(target.Database) == DatabaseProvider.Postgres)
        {
            await ContinueSequencesAsync(target, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return copied;
    }

    // Principal tables before their dependents (a depth-first walk of the foreign keys; self-references do not count).
    private static List<ITable> Ordered(IRelationalModel model)
    {
        var ordered = new List<ITable>();
        var seen = new HashSet<ITable>();
        void Visit(ITable table)
        {
            if (!seen.Add(table))
            {
                return;
            }

            foreach (var principal in table.ForeignKeyConstraints.Select(f => f.PrincipalTable).Where(p => p != table))
            {
                Visit(principal);
            }

            ordered.Add(table);
        }

        foreach (var table in model.Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Visit(table);
        }

        return ordered;
    }

    private static async Task<List<object?[]>> ReadAsync(DbContext source, ITable table, CancellationToken cancellationToken)
    {
        var columns = table.Columns.ToList();
        var rows = new List<object?[]>();
        var connection = source.Database.GetDbConnection();
        await source.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(columns.Select((c, i) => reader.IsDBNull(i) ? null : Read(reader, i, c.ProviderClrType)).ToArray());
            }
        }
        finally
        {
            await source.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return rows;
    }

    // The reader converts from the source's storage (SQLite keeps dates as text, booleans as integers) to the CLR type
    // the model declares for the column; the target's provider writes that type in its own storage.
    private static object Read(DbDataReader reader, int ordinal, Type type) => type switch
    {
        _ when type == typeof(string) => reader.GetString(ordinal),
        _ when type == typeof(long) => reader.GetInt64(ordinal),
        _ when type == typeof(int) => reader.GetInt32(ordinal),
        _ when type == typeof(short) => reader.GetInt16(ordinal),
        _ when type == typeof(bool) => reader.GetBoolean(ordinal),
        _ when type == typeof(double) => reader.GetDouble(ordinal),
        _ when type == typeof(decimal) => reader.GetDecimal(ordinal),
        _ when type == typeof(Guid) => reader.GetGuid(ordinal),
        _ when type == typeof(DateTime) => DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc),
        _ when type == typeof(DateTimeOffset) => reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime(),
        _ when type == typeof(byte[]) => reader.GetFieldValue<byte[]>(ordinal),
        _ => reader.GetValue(ordinal),
    };

    // Rows of a table that references itself (an organisation's parent) are written after the rows they reference.
    private static List<object?[]> ParentsFirst(ITable table, List<object?[]> rows)
    {
        var self = table.ForeignKeyConstraints.Where(f => f.PrincipalTable == table && f.Columns.Count == 1 && f.PrincipalColumns.Count == 1).ToList();
        if (self.Count == 0)
        {
            return rows;
        }

        var columns = table.Columns.ToList();
        var references = self.Select(f => (Child: columns.IndexOf((IColumn)f.Columns[0]), Parent: columns.IndexOf((IColumn)f.PrincipalColumns[0]))).ToList();
        var ordered = new List<object?[]>(rows.Count);
        var written = new HashSet<object>();
        var remaining = rows;
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(r => references.All(x => r[x.Child] is null || written.Contains(r[x.Child]!)
                || !rows.Any(o => Equals(o[x.Parent], r[x.Child])))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"Rows of {table.Name} reference each other in a cycle; they cannot be copied in order.");
            }

            ordered.AddRange(ready);
            foreach (var row in ready)
            {
                foreach (var (_, parent) in references)
                {
                    written.Add(row[parent]!);
                }
            }

            remaining = remaining.Except(ready).ToList();
        }

        return ordered;
    }

    private static async Task WriteAsync(DbContext target, ITable table, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var columns = table.Columns.ToList();
        var connection = target.Database.GetDbConnection();
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = target.Database.CurrentTransaction!.GetDbTransaction();
            var sql = new StringBuilder($"INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) VALUES ");
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"@p{r}_{c}";
                    sql.Append(c == 0 ? name : ", " + name);
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = chunk[r][c] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Identity columns (Identity's claim ids, Data Protection key ids) continue after the highest copied value.
    private static async Task ContinueSequencesAsync(DbContext target, CancellationToken cancellationToken)
    {
        foreach (var table in target.Model.GetRelationalModel().Tables)
        {
            foreach (var column in table.Columns.Where(c => c.ProviderClrType == typeof(int) || c.ProviderClrType == typeof(long)))
            {
                var sequence = await ScalarAsync(target, $"SELECT pg_get_serial_sequence('{Quote(table.Name)}', '{column.Name}')", cancellationToken).ConfigureAwait(false);
                if (sequence is string name)
                {
                    await ScalarAsync(target, $"SELECT setval('{name}', COALESCE((SELECT MAX({Quote(column.Name)}) FROM {Quote(table.Name)}), 0) + 1, false)", cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static async Task<object?> ScalarAsync(DbContext context, string sql, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is DBNull ? null : value;
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
