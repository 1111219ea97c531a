namespace SolidarityGraph.Client.Generator.Analysis;

/// <summary>A runtime type a scalar maps to, with the runtime's reader and writer for it.</summary>
internal sealed record ScalarKind(string Keyword, string CSharpType, string Reader, string Writer, bool IsValueType)
{
    public static readonly ScalarKind String = new("string", "string", "String", "{1}.WriteStringValue({0})", false);
    public static readonly ScalarKind Int = new("int", "int", "Int32", "{1}.WriteNumberValue({0})", true);
    public static readonly ScalarKind Long = new("long", "long", "Int64", "global::SolidarityGraph.Client.JsonWrite.Int64({1}, {0})", true);
    public static readonly ScalarKind Double = new("double", "double", "Double", "{1}.WriteNumberValue({0})", true);
    public static readonly ScalarKind Boolean = new("bool", "bool", "Boolean", "{1}.WriteBooleanValue({0})", true);
    public static readonly ScalarKind Decimal = new("decimal", "decimal", "Decimal", "global::SolidarityGraph.Client.JsonWrite.Decimal({1}, {0})", true);
    public static readonly ScalarKind DateTime = new("DateTimeOffset", "global::System.DateTimeOffset", "DateTimeOffset", "global::SolidarityGraph.Client.JsonWrite.DateTimeOffset({1}, {0})", true);
    public static readonly ScalarKind Date = new("DateOnly", "global::System.DateOnly", "DateOnly", "global::SolidarityGraph.Client.JsonWrite.DateOnly({1}, {0})", true);
    public static readonly ScalarKind Uuid = new("Guid", "global::System.Guid", "Guid", "global::SolidarityGraph.Client.JsonWrite.Guid({1}, {0})", true);
    public static readonly ScalarKind Url = new("Uri", "global::System.Uri", "Uri", "global::SolidarityGraph.Client.JsonWrite.Uri({1}, {0})", false);

    private static readonly ScalarKind[] Kinds = [String, Int, Long, Double, Boolean, Decimal, DateTime, Date, Uuid, Url];

    /// <summary>The built-in mappings (PARITY.md §10); any other scalar is a string unless configured.</summary>
    private static readonly Dictionary<string, ScalarKind> BuiltIn = new(StringComparer.Ordinal)
    {
        ["ID"] = String,
        ["String"] = String,
        ["Int"] = Int,
        ["Float"] = Double,
        ["Boolean"] = Boolean,
        ["Long"] = Long,
        ["Decimal"] = Decimal,
        ["DateTime"] = DateTime,
        ["Date"] = Date,
        ["LocalDate"] = Date,
        ["UUID"] = Uuid,
        ["Uuid"] = Uuid,
        ["URL"] = Url,
        ["Url"] = Url,
    };

    /// <summary>The kind for a runtime type named in <c>.graphqlrc.json</c> (<c>decimal</c>, <c>System.Guid</c> …), or null.</summary>
    public static ScalarKind? FromKeyword(string keyword)
    {
        var name = keyword.Replace("global::", string.Empty).Replace("System.", string.Empty);
        return Kinds.FirstOrDefault(k => k.Keyword == name || k.CSharpType.EndsWith("." + name, StringComparison.Ordinal))
            ?? (name switch { "Int32" => Int, "Int64" => Long, "Double" => Double, "Boolean" => Boolean, "Decimal" => Decimal, "String" => String, _ => null });
    }

    public static ScalarKind For(string scalar, IReadOnlyDictionary<string, ScalarKind> configured) =>
        configured.TryGetValue(scalar, out var kind) ? kind : BuiltIn.TryGetValue(scalar, out kind) ? kind : String;
}
