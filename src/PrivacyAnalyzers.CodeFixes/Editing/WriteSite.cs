using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Editing
{
    /// <summary>A place in the solution that writes (or, for a count, reads) an exposed member, and how to edit it.</summary>
    internal sealed class WriteSite
    {
        public WriteSite(WriteSiteKind kind, DocumentId documentId, SyntaxNode node, ExpressionSyntax? value)
        {
            Kind = kind;
            DocumentId = documentId;
            Node = node;
            Value = value;
        }

        public WriteSiteKind Kind { get; }

        public DocumentId DocumentId { get; }

        /// <summary>The node the edit replaces or removes.</summary>
        public SyntaxNode Node { get; }

        /// <summary>The value written to the member, for writes.</summary>
        public ExpressionSyntax? Value { get; }
    }

    internal enum WriteSiteKind
    {
        /// <summary><c>ViewerIds = ids</c> in an object initializer or a <c>with</c> expression.</summary>
        InitializerAssignment,

        /// <summary><c>dto.ViewerIds = ids;</c> as a statement of its own.</summary>
        AssignmentStatement,

        /// <summary><c>ViewerIds: ids</c> passed to a positional record constructor.</summary>
        NamedArgument,

        /// <summary><c>ids</c> passed by position to a positional record constructor.</summary>
        PositionalArgument,

        /// <summary><c>dto.ViewerIds.Count</c>, <c>.Length</c> or <c>.Count()</c>: already the aggregate.</summary>
        CountRead,
    }
}
