using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Schema.Mutations;

/// <summary>Maps domain exceptions to typed mutation errors (the <c>{Field}Error</c> union members).</summary>
internal static class MutationErrorMapper
{
    // Rules that concern exactly one input field; others (date ranges, targets) leave `field` null.
    private static readonly Dictionary<string, string> FieldOfCode = new(StringComparer.Ordinal)
    {
        [DomainErrorCodes.FundingCurrencyRequired] = "currency",
        [DomainErrorCodes.FundingCurrencyWithoutAmount] = "currency",
        [DomainErrorCodes.MoneyInvalidCurrency] = "currency",
        [DomainErrorCodes.MoneyTooPrecise] = "amount",
        [DomainErrorCodes.AmountNegative] = "amount",
        [DomainErrorCodes.FundingSelfFunding] = "recipientId",
        [DomainErrorCodes.CitationSupportsRequired] = "supports",
        [DomainErrorCodes.CitationRationaleRequired] = "rationale",
        [SourceText.QuoteNotInSource] = "quote",
        [SourceText.TextMissing] = "sourceId",
        [CitationPrivacy.QuoteNamesPerson] = "containsPersonalData",
    };

    public static async Task<IMutationError> MapAsync(SolidarityGraphDbContext db, DomainException exception, long? expectedVersion,
        CancellationToken cancellationToken) => exception switch
        {
            ConcurrencyConflictException conflict => await ConflictAsync(db, conflict, expectedVersion, cancellationToken).ConfigureAwait(false),
            MutationNotFoundException missing => new NotFoundError(missing.Message, MutationErrorCodes.NotFound, missing.Id),
            _ when exception.Code == FundingLinks.NotFound => new NotFoundError(MessageOf(exception), MutationErrorCodes.NotFound, null),
            _ => new ValidationError(MessageOf(exception), exception.Code, FieldOf(exception)),
        };

    // Clients know records only by their global IDs, so the domain's "Project 01J…" is shown as "Project UHJv…".
    private static string MessageOf(DomainException exception) => GlobalId.InText(exception.Message);

    // A details property and its input field share one name (ProjectDetails.PlannedEnd is input field plannedEnd).
    private static string? FieldOf(DomainException exception) => exception switch
    {
        MutationFieldException field => field.Field,
        InvalidDetailException invalid => JsonNamingPolicy.CamelCase.ConvertName(invalid.Detail),
        _ => FieldOfCode.GetValueOrDefault(exception.Code),
    };

    // ConflictingEntities are "Type Id" pairs; the first is the edited record, reloaded as now saved.
    private static async Task<ConcurrencyError> ConflictAsync(SolidarityGraphDbContext db, ConcurrencyConflictException conflict,
        long? expectedVersion, CancellationToken cancellationToken)
    {
        object? current = null;
        if (conflict.ConflictingEntities.FirstOrDefault()?.Split(' ', 2) is [var typeName, var id]
            && db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == typeName && !t.IsOwned()) is { } entityType)
        {
            current = await db.FindAsync(entityType.ClrType, [id], cancellationToken).ConfigureAwait(false);
            if (current is not null)
            {
                db.Entry(current).State = EntityState.Detached;
            }
        }

        var message = current is EntityBase saved
            ? $"{MessageOf(conflict)} Your edit was based on version {expectedVersion}; version {saved.Version} is saved now."
            : $"{MessageOf(conflict)} The record has been deleted meanwhile.";
        return new ConcurrencyError(message, conflict.Code, expectedVersion, (current as EntityBase)?.Version, current);
    }
}

/// <summary>A node named in a mutation input does not exist; becomes a <see cref="NotFoundError"/>.</summary>
internal sealed class MutationNotFoundException(string typeName, string key)
    : DomainException(MutationErrorCodes.NotFound, $"{typeName} {GlobalId.Encode(typeName, key)} does not exist.")
{
    /// <summary>The global ID that was not found.</summary>
    public string Id { get; } = GlobalId.Encode(typeName, key);
}

/// <summary>A domain rule broken by one known input field; becomes a <see cref="ValidationError"/> with that <c>field</c>.</summary>
internal sealed class MutationFieldException(string field, DomainException rule)
    : DomainException(rule.Code, rule.Message, rule)
{
    /// <summary>The input field name.</summary>
    public string Field { get; } = field;
}
