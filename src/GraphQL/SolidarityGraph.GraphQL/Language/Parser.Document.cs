using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Spec §2.2 Document.</summary>
public ref partial struct Parser
{
    /// <summary><c>Document : Definition+</c></summary>
    private DocumentNode ParseDocument()
    {
        ExpectToken(TokenKind.StartOfFile);
        int listStart = _lists.Mark;
        do
        {
            _lists.Push(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));

        Location? location = _noLocation ? null : new Location(0, _lastTokenEnd, 1, 1);
        return new DocumentNode(_lists.Pop<DefinitionNode>(listStart), location, _tokenCount);
    }

    /// <summary>
    /// <c>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</c>, where
    /// <c>ExecutableDefinition : OperationDefinition | FragmentDefinition</c> and
    /// <c>TypeSystemDefinitionOrExtension : TypeSystemDefinition | TypeSystemExtension</c>.
    /// A leading description is looked past to find the keyword.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        bool hasDescription = PeekDescription();
        Utf8GraphQLReader keywordToken = hasDescription ? Lookahead() : _reader;
        if (hasDescription && keywordToken.Kind == TokenKind.BraceL)
        {
            throw Error(_reader.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keywordToken.Kind == TokenKind.Name)
        {
            ReadOnlySpan<byte> keyword = keywordToken.ValueSpan;
            if (keyword.SequenceEqual("schema"u8))
            {
                return ParseSchemaDefinition();
            }

            if (keyword.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeDefinition();
            }

            if (keyword.SequenceEqual("type"u8))
            {
                return ParseObjectTypeDefinition();
            }

            if (keyword.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeDefinition();
            }

            if (keyword.SequenceEqual("union"u8))
            {
                return ParseUnionTypeDefinition();
            }

            if (keyword.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeDefinition();
            }

            if (keyword.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeDefinition();
            }

            if (keyword.SequenceEqual("directive"u8))
            {
                return ParseDirectiveDefinition();
            }

            if (keyword.SequenceEqual("query"u8) || keyword.SequenceEqual("mutation"u8) || keyword.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (keyword.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(_reader.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(in keywordToken);
    }

    /// <summary><c>Name :: NameStart NameContinue*</c> (spec §2.1.9)</summary>
    private NameNode ParseName()
    {
        if (_reader.Kind != TokenKind.Name)
        {
            ExpectToken(TokenKind.Name);
        }

        Mark start = Begin();
        string value = _reader.GetString();
        Advance();
        return new NameNode(value, Loc(start));
    }

    /// <summary><c>Description : StringValue</c></summary>
    private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary><c>Description : StringValue</c> (optional)</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
