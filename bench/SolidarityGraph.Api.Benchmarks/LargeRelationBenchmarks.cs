using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Benchmarks;

/// <summary>
/// The three-level query when every organisation has <see cref="ParticipationsPerOrganisation"/> participations:
/// a nested connection that reads each parent's page stays flat; one that reads whole relations grows with the data.
/// </summary>
public class LargeRelationBenchmarks : ApiHost
{
    /// <summary>Participations added to each organisation on top of the seed.</summary>
    public const int ParticipationsPerOrganisation = 1000;

    [GlobalSetup]
    public void Setup() => Start(Queries["OrganisationsThreeLevels"]);

    protected override void Grow(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SolidarityGraphDbContext>();
        var projects = db.Projects.Select(p => p.Id).ToList();
        foreach (var organisation in db.Organisations.Select(o => o.Id).ToList())
        {
            for (var i = 0; i < ParticipationsPerOrganisation; i++)
            {
                db.Participations.Add(new Participation(organisation, projects[i % projects.Count], ParticipationRole.Partner));
            }
        }

        db.SaveChanges();
    }
}
