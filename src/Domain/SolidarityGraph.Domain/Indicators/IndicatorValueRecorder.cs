using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Indicators;

/// <summary>
/// A reported indicator value with its citation. Either <see cref="IndicatorId"/> names an existing indicator of the
/// project, or <see cref="NewIndicatorCode"/> and <see cref="NewIndicatorTitle"/> define one (under the project's result
/// titled <see cref="ResultTitle"/>, created when missing). <see cref="ContainsPersonalData"/> marks the quote as
/// personal data (<see cref="CitationPrivacy"/>).
/// </summary>
public sealed record IndicatorValueReport(
    string ProjectId,
    string? IndicatorId,
    string? NewIndicatorCode,
    string? NewIndicatorTitle,
    string? ResultTitle,
    IndicatorValueKind Kind,
    decimal Value,
    Comparator Comparator,
    string SourceId,
    string Quote,
    string? UnitLabel = null,
    bool ContainsPersonalData = false);

/// <summary>
/// Records reported values (DOMAIN.md §4.5 rule 1: reported values are facts from sources). Every value gets a
/// STATED citation whose quote has been found in the source's archived text.
/// </summary>
public static class IndicatorValueRecorder
{
    /// <summary>Adds the value, its citation and, if needed, the indicator and result; the caller saves.</summary>
    public static async Task<IndicatorValue> RecordAsync(SolidarityGraphDbContext db, IndicatorValueReport report,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(report);
        if (!await db.Projects.AnyAsync(p => p.Id == report.ProjectId, cancellationToken).ConfigureAwait(false))
        {
            throw new DomainException(Fundings.FundingLinks.NotFound, $"Project {report.ProjectId} does not exist.");
        }

        var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == report.SourceId, cancellationToken).ConfigureAwait(false)
            ?? throw new DomainException(Fundings.FundingLinks.NotFound, $"Source {report.SourceId} does not exist.");

        var indicator = report.IndicatorId is { Length: > 0 } indicatorId
            ? await FindIndicatorAsync(db, report.ProjectId, indicatorId, cancellationToken).ConfigureAwait(false)
            : await CreateIndicatorAsync(db, report, cancellationToken).ConfigureAwait(false);

        var value = new IndicatorValue(indicator.Id, report.Kind, report.Value, report.Comparator);
        var citation = SourceText.StateVerified(source, value.AsSubject(), report.Quote, "value", "comparator")
            .MarkPersonalData(report.ContainsPersonalData);
        db.IndicatorValues.Add(value);
        db.Citations.Add(citation);
        return value;
    }

    private static async Task<Indicator> FindIndicatorAsync(SolidarityGraphDbContext db, string projectId, string indicatorId, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken).ConfigureAwait(false)
            ?? throw new DomainException(Fundings.FundingLinks.NotFound, $"Indicator {indicatorId} does not exist.");
        var belongs = await db.Results.AnyAsync(r => r.Id == indicator.ResultId && r.ProjectId == projectId, cancellationToken).ConfigureAwait(false);
        return belongs ? indicator : throw new DomainException(
            DomainErrorCodes.InvalidId, $"Indicator {indicatorId} belongs to another project.");
    }

    private static async Task<Indicator> CreateIndicatorAsync(SolidarityGraphDbContext db, IndicatorValueReport report, CancellationToken cancellationToken)
    {
        var resultTitle = string.IsNullOrWhiteSpace(report.ResultTitle) ? "Reported results" : report.ResultTitle.Trim();
        var result = await db.Results.FirstOrDefaultAsync(r => r.ProjectId == report.ProjectId && r.Title == resultTitle, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            result = new Result(report.ProjectId, resultTitle);
            db.Results.Add(result);
        }

        var indicator = new Indicator(result.Id, report.NewIndicatorCode!, report.NewIndicatorTitle!)
            .Describe(report.UnitLabel, subject: new SubjectRef(NodeKind.Project, report.ProjectId));
        db.Indicators.Add(indicator);
        return indicator;
    }
}
