using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Tests.Projects;

/// <summary><see cref="Project.Edit"/>: the one edit path of the admin form and the project mutations.</summary>
public sealed class ProjectEditTests
{
    [Fact]
    public void ARangeMovesForwardInOneEdit()
    {
        var project = Dated(2020, 2021);

        project.Edit(ProjectDetails.Of(project) with { PlannedStart = PartialDate.OfYear(2022), PlannedEnd = PartialDate.OfYear(2023) });

        Assert.Equal((PartialDate.OfYear(2022), PartialDate.OfYear(2023)), (project.DateOf(ActivityDateType.PlannedStart), project.DateOf(ActivityDateType.PlannedEnd)));
    }

    [Fact]
    public void ARangeMovesBackwardInOneEdit()
    {
        var project = Dated(2022, 2023);

        project.Edit(ProjectDetails.Of(project) with { PlannedStart = PartialDate.OfYear(2018), PlannedEnd = PartialDate.OfYear(2019) });

        Assert.Equal(PartialDate.OfYear(2019), project.DateOf(ActivityDateType.PlannedEnd));
    }

    [Fact]
    public void AnInvertedNewRangeIsRefusedAgainstItsEndAndNothingChanges()
    {
        var project = Dated(2020, 2021);
        var before = ProjectDetails.Of(project);

        var error = Assert.Throws<InvalidDetailException>(
            () => project.Edit(before with { Title = "Renamed", PlannedStart = PartialDate.OfYear(2024), PlannedEnd = PartialDate.OfYear(2023) }));

        Assert.Equal(
            (DomainErrorCodes.DateRangeInverted, "PlannedStart date (2024) must not be after PlannedEnd date (2023).", nameof(ProjectDetails.PlannedEnd)),
            (error.Code, error.Message, error.Detail));
        Assert.Equal(before, ProjectDetails.Of(project));
    }

    [Theory]
    [InlineData(nameof(ProjectDetails.Title), DomainErrorCodes.Required)]
    [InlineData(nameof(ProjectDetails.TitleLanguage), DomainErrorCodes.InvalidFormat)]
    [InlineData(nameof(ProjectDetails.ActualEnd), DomainErrorCodes.DateRangeInverted)]
    [InlineData(nameof(ProjectDetails.MunicipalityCount), DomainErrorCodes.OutOfRange)]
    [InlineData(nameof(ProjectDetails.ParentId), DomainErrorCodes.SelfReference)]
    public void EachBrokenRuleNamesItsDetailAndChangesNothing(string detail, string code)
    {
        var project = Dated(2020, 2021);
        project.AssignId(Ids.A);
        var before = ProjectDetails.Of(project);
        var broken = detail switch
        {
            nameof(ProjectDetails.Title) => before with { Title = " " },
            nameof(ProjectDetails.TitleLanguage) => before with { TitleLanguage = "english" },
            nameof(ProjectDetails.ActualEnd) => before with { ActualStart = PartialDate.OfYear(2021), ActualEnd = PartialDate.OfYear(2020) },
            nameof(ProjectDetails.MunicipalityCount) => before with { MunicipalityCount = -1 },
            _ => before with { ParentId = Ids.A },
        };

        var error = Assert.Throws<InvalidDetailException>(() => project.Edit(broken with { Description = "Changed" }));

        Assert.Equal((detail, code), (error.Detail, error.Code));
        Assert.Equal(before, ProjectDetails.Of(project));
    }

    [Fact]
    public void EditReplacesEveryDetailAndKeepsTheKind()
    {
        var project = new Project("Old", ProjectKind.Programme);
        var details = new ProjectDetails
        {
            Title = " Solar bakeries ", TitleLanguage = "es", AlternativeTitles = [new LocalizedText("en", "Solar bakeries")],
            Description = "Ovens.", Objectives = ["Bake", " "], Components = ["Axis 1"], TargetGroupText = "Bakers", GsefCategory = "Food",
            Status = ActivityStatus.Implementation, StatusAsOf = PartialDate.OfYear(2024), ActualStart = PartialDate.OfMonth(2024, 3),
            Scope = ActivityScope.National, MunicipalityCount = 4, IatiIdentifier = " XI-1 ", ParentId = Ids.B,
        };

        project.Edit(details);

        Assert.Equal(details with { Title = "Solar bakeries", Objectives = ["Bake"], IatiIdentifier = "XI-1" }, ProjectDetails.Of(project), new DetailsComparer());
        Assert.Equal(ProjectKind.Programme, project.Kind);
    }

    private static Project Dated(int start, int end) => new Project("P", ProjectKind.Programme)
        .SetDate(ActivityDateType.PlannedStart, PartialDate.OfYear(start))
        .SetDate(ActivityDateType.PlannedEnd, PartialDate.OfYear(end));

    // Records compare lists by reference; details are equal when their lists hold the same items.
    private sealed class DetailsComparer : IEqualityComparer<ProjectDetails>
    {
        public bool Equals(ProjectDetails? x, ProjectDetails? y) =>
            x is not null && y is not null
            && x.AlternativeTitles.SequenceEqual(y.AlternativeTitles) && x.Objectives.SequenceEqual(y.Objectives) && x.Components.SequenceEqual(y.Components)
            && x.ExternalIds.SequenceEqual(y.ExternalIds)
            && Unlisted(x) == Unlisted(y);

        private static ProjectDetails Unlisted(ProjectDetails d) => d with { AlternativeTitles = [], Objectives = [], Components = [], ExternalIds = [] };

        public int GetHashCode(ProjectDetails obj) => obj.Title.GetHashCode(StringComparison.Ordinal);
    }
}
