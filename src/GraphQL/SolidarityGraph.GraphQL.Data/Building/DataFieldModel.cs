using SolidarityGraph.GraphQL.Data.Paging;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Building;

/// <summary>What the schema completion resolved for a data field; stored in the completed field's <c>ContextData</c>.</summary>
internal sealed class DataFieldModel
{
    public const string Key = "SolidarityGraph.Data.Model";

    public required DataFieldOptions Options { get; init; }

    public required ObjectType NodeType { get; init; }

    /// <summary><c>Type.field</c>, used in error messages.</summary>
    public required string Coordinate { get; init; }

    /// <summary>The <c>{Name}Connection</c> or <c>{Name}CollectionSegment</c> type; null for plain lists.</summary>
    public ObjectType? PageType { get; init; }

    public PagingOptions? Paging => Options.Paging ?? Options.OffsetPaging;

    public bool IsCursor => Options.Paging is not null;

    public bool IsOffset => Options.OffsetPaging is not null;

    public static DataFieldModel? Of(OutputField field) =>
        field.ContextData.TryGetValue(Key, out var value) ? value as DataFieldModel : null;
}
