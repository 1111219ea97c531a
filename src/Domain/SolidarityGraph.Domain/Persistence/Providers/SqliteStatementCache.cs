using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace SolidarityGraph.Domain.Persistence.Providers;

/// <summary>
/// Reuses SQLite's prepared statements across EF Core commands on a connection that stays open. EF Core creates a new
/// <see cref="DbCommand"/> for every execution and disposes it afterwards, and Microsoft.Data.Sqlite prepares each
/// command's SQL anew (<c>sqlite3_prepare_v2</c>, the largest single cost of a small statement) and finalises it with
/// the command. This interceptor keeps, per connection and SQL text, the first command and hands it back (with the new
/// execution's parameters) when EF Core initialises a command with the same text, and keeps it from being disposed:
/// Microsoft.Data.Sqlite then only resets and binds its prepared statements.
/// <para>
/// Only for connections that stay open across many executions (closing a connection finalises its statements, so
/// caching would gain nothing, and the commands kept for a connection are forgotten when it closes). A cached command serves one execution at a time: a second command with the same text
/// while the first one's reader is still open runs as usual, uncached. The cache of a connection goes with it.
/// </para>
/// </summary>
public sealed class SqliteStatementCache : DbCommandInterceptor
{
    /// <summary>Statements kept per connection; the schema bounds the shapes, this only guards against unusual clients.</summary>
    public const int StatementsPerConnection = 256;

    /// <summary>The one instance; its state lives with each connection.</summary>
    public static readonly SqliteStatementCache Instance = new();

    private static readonly ConditionalWeakTable<DbConnection, Statements> ByConnection = new();

    private SqliteStatementCache()
    {
    }

    /// <inheritdoc />
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (eventData.ExecuteMethod != DbCommandMethod.ExecuteReader || result is not SqliteCommand { Connection: { } connection } command)
        {
            return result; // EF Core disposes the commands of other methods without asking: only readers are cached
        }

        var statements = ByConnection.GetValue(connection, static connection =>
        {
            connection.StateChange += Forget;
            return new Statements();
        });
        SqliteCommand? cached;
        lock (statements)
        {
            if (!statements.Commands.TryGetValue(command.CommandText, out cached))
            {
                if (statements.Commands.Count < StatementsPerConnection)
                {
                    statements.Commands.Add(command.CommandText, command);
                    statements.InUse.Add(command);
                }

                return command;
            }

            if (!statements.InUse.Add(cached))
            {
                return command; // the same statement is still being read on this connection
            }

            MoveParameters(command, cached);
            cached.Transaction = command.Transaction;
            cached.CommandTimeout = command.CommandTimeout;
        }

        command.Dispose(); // never executed, so never prepared: nothing native to release
        return cached;
    }

    /// <summary>
    /// Ends a cached command's execution instead of EF Core: disposes the reader (which resets the statement), drops the
    /// execution's parameters and closes the connection as EF Core would (a connection its owner opened stays open),
    /// but keeps the command and its prepared statement.
    /// </summary>
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (result.IsSuppressed || !Release(command, keep: true))
        {
            return result;
        }

        eventData.DataReader.Dispose();
        command.Parameters.Clear(); // the values of this execution are not kept alive until the next one
        eventData.Context?.GetService<IRelationalConnection>().Close();
        return InterceptionResult.Suppress();
    }

    /// <inheritdoc />
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(command, keep: false);

    /// <inheritdoc />
    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command, keep: false);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Release(command, keep: false);

    /// <inheritdoc />
    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command, keep: false);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Forgets the commands kept for a connection that closes, however it is closed (EF Core's context pool closes it
    /// directly): Microsoft.Data.Sqlite disposes a connection's commands when it closes, finalising their statements, so
    /// a command kept past that would run unprepared and no longer owned by its connection.
    /// </summary>
    private static void Forget(object? sender, System.Data.StateChangeEventArgs change)
    {
        if (sender is DbConnection connection && change.CurrentState == System.Data.ConnectionState.Closed)
        {
            connection.StateChange -= Forget;
            ByConnection.Remove(connection);
        }
    }

    /// <summary>
    /// Ends the execution of <paramref name="command"/> if it is a cached one; a command whose execution failed leaves the
    /// cache (EF Core disposes it), so the next execution starts from a new one. False for any other command.
    /// </summary>
    private static bool Release(DbCommand command, bool keep)
    {
        if (command is not SqliteCommand { Connection: { } connection } sqlite || !ByConnection.TryGetValue(connection, out var statements))
        {
            return false;
        }

        lock (statements)
        {
            if (!statements.InUse.Remove(sqlite))
            {
                return false;
            }

            if (!keep)
            {
                statements.Commands.Remove(sqlite.CommandText);
            }
        }

        return true;
    }

    /// <summary>The execution's parameters, created by EF Core on the new command, onto the cached one.</summary>
    private static void MoveParameters(SqliteCommand from, SqliteCommand to)
    {
        to.Parameters.Clear();
        for (var i = 0; i < from.Parameters.Count; i++)
        {
            to.Parameters.Add(from.Parameters[i]);
        }

        from.Parameters.Clear(); // a parameter belongs to one command's collection at a time; the new command is disposed unused
    }

    private sealed class Statements
    {
        public Dictionary<string, SqliteCommand> Commands { get; } = new(StringComparer.Ordinal);

        public HashSet<SqliteCommand> InUse { get; } = new(ReferenceEqualityComparer.Instance);
    }
}
