using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Internals
{
    /// <summary>
    /// The bound bodies of methods declared in this compilation, for summaries of what a called method does (whom it
    /// notifies, what it returns). One instance serves one search: the semantic models it opens are kept while it lasts.
    /// </summary>
    internal sealed class SourceBodies
    {
        private readonly Compilation _compilation;
        private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();

        /// <param name="compilation">The compilation the methods are declared in.</param>
        /// <param name="callSiteModel">The semantic model of the calling file, reused for methods declared in that file.</param>
        /// <param name="cancellationToken">Cancels the binding.</param>
        public SourceBodies(Compilation compilation, SemanticModel? callSiteModel, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            CancellationToken = cancellationToken;
            if (callSiteModel is not null)
            {
                _models[callSiteModel.SyntaxTree] = callSiteModel;
            }
        }

        public CancellationToken CancellationToken { get; }

        /// <summary>
        /// A method declared in this compilation's source: a member of its source module that the compiler did not
        /// synthesize. Asked of every call a summary meets, so it reads no locations, which are built anew at each call.
        /// </summary>
        public static bool IsInSource(IMethodSymbol method, IModuleSymbol sourceModule) =>
            SymbolEqualityComparer.Default.Equals(method.ContainingModule, sourceModule) && !method.IsImplicitlyDeclared;

        /// <summary>The bound body of each declaration of a method (one, or two for a partial method).</summary>
        public IEnumerable<IOperation> Of(IMethodSymbol method)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(CancellationToken);
                if (ModelOf(reference.SyntaxTree).GetOperation(syntax, CancellationToken) is { } body)
                {
                    yield return body;
                }
            }
        }

        private SemanticModel ModelOf(SyntaxTree tree)
        {
            if (!_models.TryGetValue(tree, out var model))
            {
#pragma warning disable RS1030 // Summaries of other methods need their trees' semantic models; an operation context only has its own.
                model = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                _models[tree] = model;
            }

            return model;
        }
    }
}
