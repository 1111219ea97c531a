using System.Text;
using System.Text.Json;

namespace SolidarityGraph.Conformance.Engine;

/// <summary>
/// The document graphql-js's <c>getIntrospectionQuery(options)</c> describes, for cases with <c>introspection</c>:
/// the same selections for the same options (descriptions, specifiedByUrl, directiveIsRepeatable,
/// schemaDescription, inputValueDeprecation, experimentalDirectiveDeprecation, oneOf, typeDepth).
/// </summary>
internal static class IntrospectionQuery
{
    public static string Build(JsonElement options)
    {
        bool Option(string name, bool fallback) =>
            options.ValueKind == JsonValueKind.Object && options.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? value.GetBoolean()
                : fallback;

        var descriptions = Option("descriptions", true) ? "description" : "";
        var inputDeprecation = Option("inputValueDeprecation", false);
        var directiveDeprecation = Option("experimentalDirectiveDeprecation", false);
        var typeDepth = options.ValueKind == JsonValueKind.Object && options.TryGetProperty("typeDepth", out var depth) ? depth.GetInt32() : 9;
        var argsSuffix = inputDeprecation ? "(includeDeprecated: true)" : "";

        var text = new StringBuilder();
        text.Append("query IntrospectionQuery { __schema { ")
            .Append(Option("schemaDescription", false) ? descriptions : "")
            .Append(" queryType { name kind } mutationType { name kind } subscriptionType { name kind } types { ...FullType } ")
            .Append("directives").Append(directiveDeprecation ? "(includeDeprecated: true)" : "").Append(" { name ").Append(descriptions)
            .Append(Option("directiveIsRepeatable", false) ? " isRepeatable" : "")
            .Append(directiveDeprecation ? " isDeprecated deprecationReason" : "")
            .Append(" locations args").Append(argsSuffix).Append(" { ...InputValue } } } }\n");
        text.Append("fragment FullType on __Type { kind name ").Append(descriptions)
            .Append(Option("specifiedByUrl", false) ? " specifiedByURL" : "")
            .Append(Option("oneOf", false) ? " isOneOf" : "")
            .Append(" fields(includeDeprecated: true) { name ").Append(descriptions)
            .Append(" args").Append(argsSuffix).Append(" { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }")
            .Append(" inputFields").Append(argsSuffix).Append(" { ...InputValue } interfaces { ...TypeRef }")
            .Append(" enumValues(includeDeprecated: true) { name ").Append(descriptions).Append(" isDeprecated deprecationReason }")
            .Append(" possibleTypes { ...TypeRef } }\n");
        text.Append("fragment InputValue on __InputValue { name ").Append(descriptions)
            .Append(" type { ...TypeRef } defaultValue").Append(inputDeprecation ? " isDeprecated deprecationReason" : "").Append(" }\n");
        text.Append("fragment TypeRef on __Type { kind name").Append(OfType(typeDepth)).Append(" }\n");
        return text.ToString();
    }

    private static string OfType(int level) => level <= 0 ? "" : " ofType { name kind" + OfType(level - 1) + " }";
}
