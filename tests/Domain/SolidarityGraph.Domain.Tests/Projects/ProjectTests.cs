using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Tests.Projects;

public sealed class ProjectTests
{
    [Fact]
    public void ProjectWithoutDatesIsNotExportable()
    {
        var p1 = new Project("Contributing to the economic autonomy of women", ProjectKind.DevelopmentProject).SetStatus(ActivityStatus.Finalisation);

        Assert.False(p1.Exportable);
        Assert.True(p1.SetDate(ActivityDateType.PlannedEnd, PartialDate.OfMonth(2025, 11)).Exportable);
    }

    [Fact]
    public void SettingADateReplacesTheOneOfTheSameType()
    {
        var project = new Project("P", ProjectKind.Programme)
            .SetDate(ActivityDateType.PlannedEnd, PartialDate.OfYear(2025))
            .SetDate(ActivityDateType.PlannedEnd, PartialDate.OfMonth(2025, 11));

        Assert.Equal(PartialDate.OfMonth(2025, 11), Assert.Single(project.Dates).Date);
        Assert.Empty(project.SetDate(ActivityDateType.PlannedEnd, null).Dates);
    }

    [Fact]
    public void StartAfterEndIsRejectedAndNothingChanges()
    {
        var project = new Project("P", ProjectKind.Programme).SetDate(ActivityDateType.PlannedEnd, PartialDate.OfYear(2021));

        DomainAssert.Throws(
            DomainErrorCodes.DateRangeInverted,
            "PlannedStart date (2022) must not be after PlannedEnd date (2021).",
            () => project.SetDate(ActivityDateType.PlannedStart, PartialDate.OfYear(2022)));
        Assert.Single(project.Dates);
    }

    [Fact]
    public void SameYearStartAndMonthEndAreCompatible() =>
        Assert.Equal(2, new Project("P", ProjectKind.Programme)
            .SetDate(ActivityDateType.ActualStart, PartialDate.OfYear(2025))
            .SetDate(ActivityDateType.ActualEnd, PartialDate.OfMonth(2025, 3)).Dates.Count);

    [Fact]
    public void TitleIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Project title is required.", () => new Project("", ProjectKind.Programme));

    [Fact]
    public void TitleLanguageMustBeIso639() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "Project title language 'spa' is not an ISO 639-1 code: expected two lowercase letters.",
            () => new Project("Proyecto", ProjectKind.Programme, "spa"));

    [Fact]
    public void MunicipalityCountCannotBeNegative() =>
        DomainAssert.Throws(
            DomainErrorCodes.OutOfRange,
            "Municipality count must not be negative, got -4.",
            () => new Project("P", ProjectKind.Programme).SetReporting(municipalityCount: -4));

    [Fact]
    public void CannotBeItsOwnParent()
    {
        var project = new Project("P", ProjectKind.Programme);
        project.AssignId(Ids.A);

        DomainAssert.Throws(DomainErrorCodes.SelfReference, $"Project {Ids.A} cannot be its own parent.", () => project.SetParent(Ids.A));
    }

    [Fact]
    public void AlternativeTitleLanguageIsValidated() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "Language 'ES' is not an ISO 639-1 code: expected two lowercase letters.",
            () => new LocalizedText("ES", "Proyecto"));
}
