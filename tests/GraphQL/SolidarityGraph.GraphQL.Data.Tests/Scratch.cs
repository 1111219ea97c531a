using Microsoft.EntityFrameworkCore;
using SolidarityGraph.GraphQL.Data.Tests.TestModel;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.Data.Tests;

public sealed class ScratchRow
{
    public object? Entity { get; set; }
    public object? S0 { get; set; }
    public object? S1 { get; set; }
}

public sealed class Scratch(ITestOutputHelper output)
{
    private void Run(string name, Func<TestDb, object> q)
    {
        using var database = new TestDatabase();
        using var db = database.CreateContext();
        try { q(db); output.WriteLine($"{name}: OK {database.Recorder.Commands.Count}\n{string.Join("\n--\n", database.Recorder.Commands)}"); }
        catch (Exception e) { output.WriteLine($"{name}: FAIL {e.Message}"); }
    }

    [Fact]
    public void Variants()
    {
        Run("2-level object slots", db => db.Organisations.OrderBy(o => o.Id).Take(3).Select(o => new ScratchRow
        {
            Entity = new Organisation { Id = o.Id, Name = o.Name },
            S0 = (object)o.Projects.OrderBy(p => p.Title).ThenBy(p => p.Id).Take(3).Select(p => new ScratchRow { Entity = new Project { Id = p.Id, Title = p.Title } }).ToList(),
            S1 = (object)o.Projects.Count(),
        }).ToList());
        Run("2-level typed", db => db.Organisations.OrderBy(o => o.Id).Take(3).Select(o => new Organisation
        {
            Id = o.Id, Name = o.Name,
            Projects = o.Projects.OrderBy(p => p.Title).ThenBy(p => p.Id).Take(3).Select(p => new Project { Id = p.Id, Title = p.Title }).ToList(),
        }).ToList());
        Run("3-level typed", db => db.Organisations.OrderBy(o => o.Id).Take(3).Select(o => new Organisation
        {
            Id = o.Id, Name = o.Name,
            Projects = o.Projects.OrderBy(p => p.Title).ThenBy(p => p.Id).Take(3).Select(p => new Project { Id = p.Id, Title = p.Title,
              Participations = p.Participations.OrderBy(x => x.Id).Take(2).Select(x => new Participation { Id = x.Id, Role = x.Role }).ToList() }).ToList(),
        }).ToList());
        Run("3-level typed, no root take", db => db.Organisations.OrderBy(o => o.Id).Select(o => new Organisation
        {
            Id = o.Id, Name = o.Name,
            Projects = o.Projects.OrderBy(p => p.Title).ThenBy(p => p.Id).Take(3).Select(p => new Project { Id = p.Id, Title = p.Title,
              Participations = p.Participations.OrderBy(x => x.Id).Take(2).Select(x => new Participation { Id = x.Id, Role = x.Role }).ToList() }).ToList(),
        }).ToList());
        Run("3-level, no middle take", db => db.Organisations.OrderBy(o => o.Id).Take(3).Select(o => new Organisation
        {
            Id = o.Id, Name = o.Name,
            Projects = o.Projects.OrderBy(p => p.Title).ThenBy(p => p.Id).Select(p => new Project { Id = p.Id, Title = p.Title,
              Participations = p.Participations.OrderBy(x => x.Id).Take(2).Select(x => new Participation { Id = x.Id, Role = x.Role }).ToList() }).ToList(),
        }).ToList());
        Run("2-level projects->participations take", db => db.Projects.OrderBy(o => o.Id).Take(3).Select(p => new Project { Id = p.Id, Title = p.Title,
              Participations = p.Participations.OrderBy(x => x.Id).Take(2).Select(x => new Participation { Id = x.Id, Role = x.Role }).ToList() }).ToList());
        Run("count in nested", db => db.Organisations.OrderBy(o => o.Id).Take(3).Select(o => new ScratchRow
        {
            Entity = new Organisation { Id = o.Id, Name = o.Name },
            S1 = (object)o.Projects.Count(),
        }).ToList());
        Run("object slot list no take", db => db.Organisations.OrderBy(o => o.Id).Take(3).Select(o => new ScratchRow
        {
            Entity = new Organisation { Id = o.Id, Name = o.Name },
            S0 = (object)o.Projects.OrderBy(p => p.Id).Select(p => new ScratchRow { Entity = new Project { Id = p.Id, Title = p.Title } }).ToList(),
        }).ToList());
    }
}
