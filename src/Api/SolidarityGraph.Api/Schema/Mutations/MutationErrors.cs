using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Mutations;

/// <summary>A typed mutation error: every member of a <c>{Field}Error</c> union implements GraphQL <c>interface Error</c>.</summary>
public interface IMutationError
{
    /// <summary>What went wrong, for people; may be reworded between releases (the code does not change).</summary>
    string Message { get; }

    /// <summary>The stable code (a <c>DomainErrorCodes</c> value or one of <see cref="MutationErrorCodes"/>).</summary>
    string Code { get; }
}

/// <summary>A domain rule refused the change; nothing was saved.</summary>
/// <param name="Message">The rule's message.</param>
/// <param name="Code">The rule's stable code, e.g. <c>FUNDING_CURRENCY_REQUIRED</c>.</param>
/// <param name="Field">The input field at fault, when the rule concerns exactly one.</param>
public sealed record ValidationError(string Message, string Code, string? Field) : IMutationError;

/// <summary>The node to change, or a node the input refers to, does not exist (any more).</summary>
/// <param name="Message">Which node is missing.</param>
/// <param name="Code">Always <see cref="MutationErrorCodes.NotFound"/>.</param>
/// <param name="Id">The global ID that was not found, when known.</param>
public sealed record NotFoundError(string Message, string Code, string? Id) : IMutationError;

/// <summary>
/// The edit was based on a version that someone else has changed since (optimistic concurrency). Nothing was saved;
/// <see cref="Current"/> carries the saved values so the client can show both and decide again.
/// </summary>
/// <param name="Message">Which record moved on.</param>
/// <param name="Code">Always <c>CONCURRENCY_CONFLICT</c>.</param>
/// <param name="ExpectedVersion">The version the edit was based on.</param>
/// <param name="CurrentVersion">The version now saved; null when the record has been deleted meanwhile.</param>
/// <param name="Current">The record as now saved; null when deleted.</param>
public sealed record ConcurrencyError(string Message, string Code, long? ExpectedVersion, long? CurrentVersion, object? Current) : IMutationError;

/// <summary>GraphQL <c>interface Error { message: String! code: String! }</c>.</summary>
internal sealed class MutationErrorInterfaceType : InterfaceType<IMutationError>
{
    protected override void Configure(IInterfaceTypeDescriptor<IMutationError> descriptor) =>
        descriptor.Name("Error").Description("A typed error of a mutation payload (the `errors` list); see the member types.");
}

internal sealed class ValidationErrorType : ObjectType<ValidationError>
{
    protected override void Configure(IObjectTypeDescriptor<ValidationError> descriptor)
    {
        descriptor.Description("A domain rule refused the change; nothing was saved.");
        descriptor.Field(e => e.Field).Description("The input field at fault, when the rule concerns exactly one.");
    }
}

internal sealed class NotFoundErrorType : ObjectType<NotFoundError>
{
    protected override void Configure(IObjectTypeDescriptor<NotFoundError> descriptor)
    {
        descriptor.Description("The node to change, or a node the input refers to, does not exist.");
        descriptor.Field(e => e.Id).Type("ID").Description("The global ID that was not found.");
        descriptor.Field(e => e.Code).Description("Always `NOT_FOUND`.");
    }
}

internal sealed class ConcurrencyErrorType : ObjectType<ConcurrencyError>
{
    protected override void Configure(IObjectTypeDescriptor<ConcurrencyError> descriptor)
    {
        descriptor.Description(
            "The edit was based on an older `version`; nothing was saved. `current` is the record as saved now, so the client can show both and decide again.");
        descriptor.Field(e => e.Current).Type("Node").Description("The record as saved now; null when it was deleted meanwhile.");
    }
}
