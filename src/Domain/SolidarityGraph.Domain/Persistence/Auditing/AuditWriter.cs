using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SolidarityGraph.Domain.Persistence.Auditing;

/// <summary>
/// Writes audit rows for a rejected save. The entity changes are still tracked (and invalid), so they cannot go
/// through the same SaveChanges; a plain INSERT on the context's connection commits them in their own small
/// transaction, or joins the caller's transaction if one is open. Column names and value conversions come from the
/// EF model, so these rows look exactly like the ones EF writes.
/// </summary>
internal static class AuditWriter
{
    public static async Task InsertAsync(DbContext context, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var (sql, values) in Commands(context, entries))
        {
            await context.Database.ExecuteSqlRawAsync(sql, values, cancellationToken).ConfigureAwait(false);
        }
    }

    public static void Insert(DbContext context, IReadOnlyList<AuditEntry> entries)
    {
        foreach (var (sql, values) in Commands(context, entries))
        {
            context.Database.ExecuteSqlRaw(sql, values);
        }
    }

    private static IEnumerable<(string Sql, object[] Values)> Commands(DbContext context, IReadOnlyList<AuditEntry> entries)
    {
        var entityType = context.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToArray();
        var sql = new StringBuilder()
            .Append("INSERT INTO \"").Append(table.Name).Append("\" (")
            .AppendJoin(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""))
            .Append(") VALUES (")
            .AppendJoin(", ", properties.Select((_, i) => "{" + i.ToString(CultureInfo.InvariantCulture) + "}"))
            .Append(')')
            .ToString();

        // The provider's own parameter objects rather than raw values: EF cannot infer a store type for a bare DBNull.
        using var factory = context.Database.GetDbConnection().CreateCommand();
        return entries.Select(entry => (sql, properties
            .Select((p, i) => (object)Parameter(factory, "@p" + i.ToString(CultureInfo.InvariantCulture), ToProvider(p, p.PropertyInfo!.GetValue(entry))))
            .ToArray())).ToList();
    }

    private static System.Data.Common.DbParameter Parameter(System.Data.Common.DbCommand factory, string name, object value)
    {
        var parameter = factory.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        return parameter;
    }

    private static object ToProvider(IProperty property, object? value)
    {
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        return value is null ? DBNull.Value : (converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
    }
}
