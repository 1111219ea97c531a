using System.Text.Encodings.Web;
using System.Text.Json;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>The field selections that share one response key, in document order (spec §6.3.2 "fields").</summary>
internal sealed class FieldGroup
{
    public FieldGroup(string responseKey, FieldNode first)
    {
        ResponseKey = responseKey;
        Fields = new List<FieldNode>(1) { first };
    }

    public string ResponseKey { get; }

    public List<FieldNode> Fields { get; }

    /// <summary>The selection whose name and arguments define the field (spec: "the first entry").</summary>
    public FieldNode First => Fields[0];

    /// <summary>
    /// Spec §6.4 GetFieldDefinition for <see cref="First"/> on <paramref name="objectType"/>, kept for the last type
    /// asked: every item of a list of objects shares the group, and the lookup by name was a visible part of
    /// completing objects (Q3 looks up 1,200 fields per request).
    /// </summary>
    public OutputField? FieldDefinitionFor(Schema schema, ObjectType objectType)
    {
        if (Volatile.Read(ref _definition) is { } known && ReferenceEquals(known.Type, objectType))
        {
            return known.Field;
        }

        var field = Executor.GetFieldDefinition(schema, objectType, First.Name.Value);
        Volatile.Write(ref _definition, new FieldDefinition(objectType, field));
        return field;
    }

    /// <summary>
    /// What every resolver call of this group on <paramref name="objectType"/> shares: the field and its coerced
    /// arguments (spec §6.4.1), computed once per request (its <paramref name="variables"/>), or once for good when the
    /// field takes none. Every item of a list of objects shares the group, so each resolver context refers to this
    /// instead of copying it, and a group kept with its document (<see cref="KeptFieldSets"/>) serves later requests
    /// with other variables.
    /// </summary>
    /// <exception cref="FieldErrorException">An argument is missing or invalid (not cached: raised for every item).</exception>
    public FieldSite SiteFor(ObjectType objectType, OutputField field, IReadOnlyDictionary<string, object?> variables)
    {
        // One entry: only a group selected on an abstract type meets several definitions, one per runtime type.
        var takesArguments = field.Arguments.Count > 0;
        if (Volatile.Read(ref _site) is { } cached
            && ReferenceEquals(cached.Field, field)
            && ReferenceEquals(cached.ParentType, objectType)
            && (!takesArguments || ReferenceEquals(cached.Variables, variables)))
        {
            return cached;
        }

        var site = takesArguments
            ? new FieldSite(this, objectType, field, variables, ArgumentValues.CoerceArgumentValues(
                field.Arguments, First.Arguments, First, ArgumentOwner.Field(objectType, field), variables))
            : new FieldSite(this, objectType, field, null, ArgumentValues.None);
        Volatile.Write(ref _site, site);
        return site;
    }

    /// <summary>
    /// CollectSubfields memoized per runtime type: every item of a list of objects shares this group, so the
    /// sub-selection is collected once per type (graphql-js does the same). The first type's set is read without a
    /// lock (it is published once, set before type); the rest is locked because the assembly of finished sub-results
    /// may run on another thread than the flow holding the turn. The lock was the largest single cost of completing
    /// objects in the Q3 profile (bench/results/2026-12-06-executor.md).
    /// </summary>
    public GroupedFieldSet SubfieldsFor(ExecutionContext context, ObjectType objectType)
    {
        // One entry inline: only a group selected on an abstract type meets several runtime types.
        if (ReferenceEquals(Volatile.Read(ref _subfieldsType), objectType))
        {
            return _subfields!;
        }

        lock (Fields)
        {
            if (ReferenceEquals(_subfieldsType, objectType))
            {
                return _subfields!;
            }

            if (_moreSubfields is not null && _moreSubfields.TryGetValue(objectType, out var known))
            {
                return known;
            }

            var collected = FieldCollector.CollectSubfields(context, objectType, this);
            if (_subfieldsType is null)
            {
                _subfields = collected;
                Volatile.Write(ref _subfieldsType, objectType);
            }
            else
            {
                (_moreSubfields ??= new()).Add(objectType, collected);
            }

            return collected;
        }
    }

    /// <summary>
    /// The default resolver (spec §6.4.2) for this group's field: every item of a list of objects shares the group and
    /// usually the CLR type, so the member getter is kept for the last type seen instead of looked up per value.
    /// </summary>
    public object? ResolveMember(object? parent, string name)
    {
        if (parent is not null && Volatile.Read(ref _getter) is { } getter && getter.Type == parent.GetType())
        {
            return getter.Get(parent);
        }

        if (parent is not null && DefaultFieldResolver.MemberGetter(parent, name) is { } found)
        {
            Volatile.Write(ref _getter, new MemberGetter(parent.GetType(), found));
            return found(parent);
        }

        return DefaultFieldResolver.ResolveMember(parent, name);
    }

    private FieldDefinition? _definition;
    private MemberGetter? _getter;
    private FieldSite? _site;
    private ObjectType? _subfieldsType;
    private GroupedFieldSet? _subfields;
    private Dictionary<ObjectType, GroupedFieldSet>? _moreSubfields;

    private sealed record FieldDefinition(ObjectType Type, OutputField? Field);

    private sealed record MemberGetter(Type Type, Func<object, object?> Get);
}

/// <summary>A grouped field set (spec §6.3.2): the field groups in order, and their response keys.</summary>
internal sealed class GroupedFieldSet : List<FieldGroup>
{
    private string[]? _responseKeys;
    private EncodedResponseKeys? _encodedKeys;

    /// <summary>The response keys in order, shared by every <see cref="ResultMap"/> of this set (complete once collected).</summary>
    public string[] ResponseKeys => _responseKeys ??= ConvertAll(group => group.ResponseKey).ToArray();

    /// <summary>
    /// The response keys escaped and encoded for <paramref name="encoder"/>, built once and kept with the set (a
    /// completed result kept beyond its request keeps its sets); null for an encoder other than the first one asked.
    /// </summary>
    public JsonEncodedText[]? EncodedKeys(JavaScriptEncoder? encoder)
    {
        var known = Volatile.Read(ref _encodedKeys);
        if (known is null)
        {
            var keys = ResponseKeys;
            var encoded = new JsonEncodedText[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                encoded[i] = JsonEncodedText.Encode(keys[i], encoder);
            }

            var created = new EncodedResponseKeys(encoder, encoded);
            known = Interlocked.CompareExchange(ref _encodedKeys, created, null) ?? created;
        }

        return ReferenceEquals(known.Encoder, encoder) ? known.Keys : null;
    }

    private sealed record EncodedResponseKeys(JavaScriptEncoder? Encoder, JsonEncodedText[] Keys);
}
