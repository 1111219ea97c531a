using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Tests.Projects;

public sealed class ProjectExternalIdsEditTests
{
    [Fact]
    public void EditMakesTheGivenIdentifiersTheProjectsKeepingThoseStillListed()
    {
        var project = new Project("Looms", ProjectKind.DevelopmentProject);
        var wikidata = new ExternalId(ExternalIdScheme.Wikidata, "Q42");
        project.AddExternalId(wikidata).AddExternalId(new ExternalId(ExternalIdScheme.SetecProject, "2024-17"));
        var kept = project.ExternalIds.First();

        project.Edit(ProjectDetails.Of(project) with
        {
            ExternalIds = [new ExternalId(ExternalIdScheme.Wikidata, "Q42"), new ExternalId(ExternalIdScheme.IatiActivity, "XM-1"), new ExternalId(ExternalIdScheme.IatiActivity, "XM-1")],
        });

        Assert.Equal([wikidata, new ExternalId(ExternalIdScheme.IatiActivity, "XM-1")], project.ExternalIds);
        Assert.Same(kept, project.ExternalIds.First());
        Assert.Equal(project.ExternalIds, ProjectDetails.Of(project).ExternalIds);
    }
}
