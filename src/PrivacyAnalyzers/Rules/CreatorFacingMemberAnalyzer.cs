using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Baseline;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The engine of the rules that judge what leaves a creator-facing type (PRIV001, PRIV004): every exposed property and
    /// field (privacy model §3.2), reported at its declaration, and the members a creator-facing type inherits from bases
    /// that are not creator-facing, reported at the type's name. A rule says what it looks for in one member.
    /// </summary>
    public abstract class CreatorFacingMemberAnalyzer : PrivacyModelAnalyzer
    {
        private protected CreatorFacingMemberAnalyzer(DiagnosticDescriptor descriptor)
            : base(descriptor)
        {
        }

        private protected sealed override void RegisterActions(CompilationStartAnalysisContext start, PrivacyModels models)
        {
            start.RegisterSymbolAction(context => AnalyzeMember(context, models), SymbolKind.Property, SymbolKind.Field);
            start.RegisterSymbolAction(context => AnalyzeInheritedMembers(context, models.For(context.Symbol)), SymbolKind.NamedType);
        }

        /// <summary>The path by which <paramref name="member"/>, of type <paramref name="type"/>, leaks what the rule is about; null when it does not.</summary>
        private protected abstract string? FindLeak(PrivacyModel model, ISymbol member, ITypeSymbol type);

        /// <summary>The properties of a diagnostic at a member's own declaration, for its code fixes.</summary>
        private protected virtual ImmutableDictionary<string, string?> PropertiesOf(PrivacyModel model, ITypeSymbol type) =>
            ImmutableDictionary<string, string?>.Empty;

        /// <summary>The data category of a leak through <paramref name="path"/> (<see cref="DataCategories"/>).</summary>
        private protected abstract string CategoryOf(string path);

        private void AnalyzeMember(SymbolAnalysisContext context, PrivacyModels models)
        {
            // Every property and field of the compilation comes by: what is not exposed needs no policy.
            var member = context.Symbol;
            if (!ExposedMembers.IsExposed(member))
            {
                return;
            }

            var model = models.For(member);
            if (!ExposedMembers.TryGetExposed(member, model.Surfaces, out var container, out var type))
            {
                return;
            }

            var path = FindLeak(model, member, type);
            if (path is not null)
            {
                var properties = Fingerprints.Add(DataCategories.Properties(CategoryOf(path), PropertiesOf(model, type)), Descriptor, member, member.Name);
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, member.Locations[0], properties, container.Name, path));
            }
        }

        /// <summary>
        /// Members a creator-facing type inherits from a base that is not creator-facing leak through the derived type,
        /// so they are reported at its name. A creator-facing base reports its own members.
        /// </summary>
        private void AnalyzeInheritedMembers(SymbolAnalysisContext context, PrivacyModel model)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            foreach (var inherited in ExposedMembers.InheritedFromPlainBases(type, model.Surfaces))
            {
                var path = FindLeak(model, inherited.Member, inherited.Type);
                if (path is not null)
                {
                    var anchor = inherited.DeclaringType.Name + "." + inherited.Member.Name;
                    var properties = Fingerprints.Add(DataCategories.Properties(CategoryOf(path)), Descriptor, type, anchor);
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, type.Locations[0], properties, type.Name, inherited.DeclaringType.Name + "." + path));
                }
            }
        }
    }
}
