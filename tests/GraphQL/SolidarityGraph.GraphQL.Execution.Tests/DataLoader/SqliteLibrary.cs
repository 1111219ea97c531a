using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SolidarityGraph.GraphQL.Execution.Tests.DataLoader;

public sealed class AuthorRow
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

public sealed class BookRow
{
    public int Id { get; set; }

    public int AuthorId { get; set; }

    public string Title { get; set; } = "";
}

public sealed class ReviewRow
{
    public int Id { get; set; }

    public int BookId { get; set; }

    public int Stars { get; set; }
}

public sealed class LibraryDb(DbContextOptions<LibraryDb> options) : DbContext(options)
{
    public DbSet<AuthorRow> Authors => Set<AuthorRow>();

    public DbSet<BookRow> Books => Set<BookRow>();

    public DbSet<ReviewRow> Reviews => Set<ReviewRow>();
}

/// <summary>Counts the SQL queries EF Core sends (readers and scalars).</summary>
internal sealed class QueryCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Lets a test hold an async query in flight (by command text).</summary>
    public Func<string, Task> Delay { get; set; } = _ => Task.CompletedTask;

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        await Delay(command.CommandText);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

/// <summary>
/// The <see cref="Library"/> data in a SQLite file in the temp folder, with a query counter. Request services hand out
/// one scoped <see cref="LibraryDb"/> per request and an <see cref="IDbContextFactory{TContext}"/>.
/// </summary>
internal sealed class SqliteLibrary : IDisposable, IDbContextFactory<LibraryDb>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sg-dataloader-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<LibraryDb> _options;

    public SqliteLibrary()
    {
        _options = new DbContextOptionsBuilder<LibraryDb>()
            .UseSqlite($"Data Source={_path}")
            .AddInterceptors(Queries)
            .Options;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
        db.Authors.AddRange(Library.Authors.Select(a => new AuthorRow { Id = a.Id, Name = a.Name }));
        db.Books.AddRange(Library.Books.Select(b => new BookRow { Id = b.Id, AuthorId = b.AuthorId, Title = b.Title }));
        db.Reviews.AddRange(Library.Reviews.Select(r => new ReviewRow { Id = r.Id, BookId = r.BookId, Stars = r.Stars }));
        db.SaveChanges();
        Queries.Reset();
        Queries.Delay = SlowQueries.WaitAsync;
    }

    /// <summary>Queries tagged <see cref="SlowQueries.Tag"/> wait until the test releases them.</summary>
    public SlowQueries SlowQueries { get; } = new();

    public QueryCounter Queries { get; } = new();

    public LibraryDb CreateDbContext() => new(_options);

    /// <summary>The services of one request: its scoped context (created on first use) and the factory.</summary>
    public RequestServices NewRequest() => new(this);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    internal sealed class RequestServices(SqliteLibrary library) : IServiceProvider, IDisposable
    {
        private LibraryDb? _scoped;

        public object? GetService(Type serviceType) =>
            serviceType == typeof(LibraryDb) ? _scoped ??= library.CreateDbContext()
            : serviceType == typeof(IDbContextFactory<LibraryDb>) ? library
            : serviceType == typeof(SlowQueries) ? library.SlowQueries
            : null;

        public void Dispose() => _scoped?.Dispose();
    }
}

/// <summary>Holds queries tagged <see cref="Tag"/> until the next DataLoader round releases them.</summary>
public sealed class SlowQueries
{
    public const string Tag = "slow";

    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task WaitAsync(string commandText) =>
        commandText.Contains("-- " + Tag, StringComparison.Ordinal) ? Volatile.Read(ref _release).Task : Task.CompletedTask;

    public void ReleaseAll() =>
        Interlocked.Exchange(ref _release, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();
}
