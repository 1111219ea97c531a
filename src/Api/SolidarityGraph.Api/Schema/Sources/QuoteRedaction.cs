using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.GraphQL.AspNetCore.Authorization;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Sources;

/// <summary>Why a citation's quote is withheld from the caller (<c>Citation.quoteRedaction</c>).</summary>
public enum QuoteRedaction
{
    /// <summary>A steward marked the quote as personal data; only stewards read it.</summary>
    PersonalData,
}

internal sealed class QuoteRedactionType : EnumType<QuoteRedaction>
{
    protected override void Configure(IEnumTypeDescriptor<QuoteRedaction> descriptor)
    {
        descriptor.Description("Why a citation's `quote` (with `charStart` and `charEnd`) is null for the caller.");
        descriptor.Value(QuoteRedaction.PersonalData)
            .Description("The quote holds personal data (`containsPersonalData`): only stewards read it; public and partner callers see that it exists, never its text.");
    }
}

/// <summary>
/// The quote and its span as the caller may read them: withheld (null) from non-stewards where the citation is marked as
/// containing personal data. Filters and sorts withhold them the same way (<c>WithheldWhen</c> in <see cref="CitationType"/>).
/// </summary>
internal static class QuoteResolvers
{
    private static readonly AuthorizeRule[] StewardOnly = [new(Policies.Steward)];

    /// <summary>The reason the caller cannot read the quote, or null when they can.</summary>
    /// <remarks>
    /// Synchronous unless the steward policy has to be evaluated asynchronously (once per request: the decision is
    /// cached), so a list of citations resolves its quotes without a task each.
    /// </remarks>
    public static ValueTask<object?> RedactionAsync(IResolverContext context)
    {
        if (!((Citation)context.Parent!).ContainsPersonalData)
        {
            return new ValueTask<object?>((object?)null);
        }

        var denied = FieldAuthorizer.EvaluateAsync(context, StewardOnly);
        return denied.IsCompletedSuccessfully ? new ValueTask<object?>(Redaction(denied.Result)) : RedactionWhenDecidedAsync(denied);
    }

    /// <summary><paramref name="read"/> of the citation, or null when <see cref="RedactionAsync"/> gives a reason.</summary>
    public static ValueTask<object?> ReadAsync(IResolverContext context, Func<Citation, object?> read)
    {
        var redaction = RedactionAsync(context);
        return redaction.IsCompletedSuccessfully
            ? new ValueTask<object?>(redaction.Result is null ? read((Citation)context.Parent!) : null)
            : ReadWhenDecidedAsync(context, read, redaction);
    }

    private static object? Redaction(string? denied) => denied is null ? null : QuoteRedaction.PersonalData;

    private static async ValueTask<object?> RedactionWhenDecidedAsync(ValueTask<string?> denied) => Redaction(await denied);

    private static async ValueTask<object?> ReadWhenDecidedAsync(IResolverContext context, Func<Citation, object?> read, ValueTask<object?> redaction) =>
        await redaction is null ? read((Citation)context.Parent!) : null;
}
