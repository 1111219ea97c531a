using System.Globalization;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Fundings;

/// <summary>Fundings, filtered by funder, project, currency, instrument and flow stage; each is linked from a project's page.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Funding>(db)
{
    protected override string Noun => "fundings";

    protected override string? CreateText => null;

    protected override string CreateElsewhere => "A funder is linked to a project from the project's page (“Link a funder”).";

    protected override IReadOnlyList<ListColumn<Funding>> Columns(RecordNames names) =>
    [
        new("funder", "Funder", f => names.Of(f.FunderId)) { Url = f => names.UrlOf(f.Id) },
        ListFormats.Reference<Funding>("recipient", "Recipient", names, f => f.RecipientId),
        ListFormats.Reference<Funding>("project", "Project", names, f => f.ProjectId),
        new("amount", "Amount", f => f.Amount?.ToString("#,0.##", CultureInfo.InvariantCulture)) { SortBy = f => f.Amount },
        new("currency", "Currency", f => f.Currency),
        new("instrument", "Instrument", f => f.Instrument.ToString()),
        new("stage", "Flow stage", f => f.FlowStage.ToString()),
        new("date", "Date", f => f.Date?.ToString()) { SortBy = f => f.Date?.Start },
        new("programme", "Programme", f => f.Programme),
        new("purpose", "Purpose", f => f.Purpose) { InTable = false },
        ListFormats.UpdatedColumn<Funding>(),
    ];

    protected override IReadOnlyList<ListFilter<Funding>> Filters(RecordNames names, IReadOnlyList<Funding> rows) =>
    [
        ListFilter<Funding>.Among("funder", "Funder", rows, f => [names.Of(f.FunderId)]),
        ListFilter<Funding>.Among("project", "Project", rows, f => [f.ProjectId is null ? null : names.Of(f.ProjectId)]),
        ListFilter<Funding>.Among("currency", "Currency", rows, f => [f.Currency]),
        ListFilter<Funding>.Of<FundingInstrument>("instrument", "Instrument", f => f.Instrument),
        ListFilter<Funding>.Of<FlowStage>("stage", "Flow stage", f => f.FlowStage),
    ];
}
