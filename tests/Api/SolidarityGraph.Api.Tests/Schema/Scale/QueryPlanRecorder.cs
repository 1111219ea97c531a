using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SolidarityGraph.Api.Tests.Schema.Scale;

/// <summary>
/// While <see cref="Recording"/>, asks SQLite for the plan of every query EF Core sends (<c>EXPLAIN QUERY PLAN</c> on the
/// same connection, with the same parameter values) before the query runs, and keeps it with the statement.
/// </summary>
public sealed partial class QueryPlanRecorder : DbCommandInterceptor
{
    private readonly List<QueryPlan> _plans = [];

    /// <summary>Whether plans are being recorded (off while timing, so the timings do not include it).</summary>
    public bool Recording { get; set; }

    /// <summary>Returns the plans recorded since the last call and forgets them.</summary>
    public IReadOnlyList<QueryPlan> Take()
    {
        lock (_plans)
        {
            var plans = _plans.ToList();
            _plans.Clear();
            return plans;
        }
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await RecordAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await RecordAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        RecordAsync(command, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    private async ValueTask RecordAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (!Recording || !command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        await using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var copy = explain.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            explain.Parameters.Add(copy);
        }

        var lines = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(reader.GetString(3)); // id, parent, notused, detail
            }
        }

        lock (_plans)
        {
            _plans.Add(new QueryPlan(command.CommandText, lines));
        }
    }

    /// <summary>Table names by their alias in a statement EF Core wrote (<c>"Projects" AS "p"</c>).</summary>
    [GeneratedRegex("\"(?<table>\\w+)\" AS \"(?<alias>\\w+)\"")]
    internal static partial Regex AliasPattern();
}

/// <summary>A statement and the lines of its SQLite query plan.</summary>
public sealed record QueryPlan(string Sql, IReadOnlyList<string> Lines)
{
    /// <summary>The tables a step reads in full (<c>SCAN x</c> without an index), by table name.</summary>
    public IEnumerable<string> FullTableScans()
    {
        var tables = QueryPlanRecorder.AliasPattern().Matches(Sql)
            .GroupBy(m => m.Groups["alias"].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Groups["table"].Value, StringComparer.Ordinal);
        foreach (var line in Lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is ["SCAN", var alias] && !alias.StartsWith("CONSTANT", StringComparison.Ordinal))
            {
                yield return tables.GetValueOrDefault(alias, alias);
            }
        }
    }

    /// <summary>
    /// Whether everything read is sorted afterwards (<c>USE TEMP B-TREE FOR ORDER BY</c>, <c>GROUP BY</c> or
    /// <c>DISTINCT</c>); <c>FOR LAST n TERMS OF ORDER BY</c> only orders the joined rows within each row of an ordered walk.
    /// </summary>
    public bool SortsAfterReading => Lines.Any(l => l.StartsWith("USE TEMP B-TREE FOR", StringComparison.Ordinal) && !l.Contains("LAST", StringComparison.Ordinal));

    /// <summary>The tables a step walks through an index from one end (<c>SCAN x USING [COVERING] INDEX …</c>).</summary>
    public IEnumerable<string> IndexWalks()
    {
        var tables = QueryPlanRecorder.AliasPattern().Matches(Sql)
            .GroupBy(m => m.Groups["alias"].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Groups["table"].Value, StringComparer.Ordinal);
        foreach (var line in Lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 3 && parts[0] == "SCAN" && parts[2] == "USING")
            {
                yield return tables.GetValueOrDefault(parts[1], parts[1]);
            }
        }
    }

    public override string ToString() => Sql + Environment.NewLine + string.Join(Environment.NewLine, Lines.Select(l => "  " + l));
}
