using Microsoft.EntityFrameworkCore;

namespace SolidarityGraph.GraphQL.Data.Tests.TestModel;

public sealed class TestDb(DbContextOptions<TestDb> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<Participation> Participations => Set<Participation>();
}
