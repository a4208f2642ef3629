namespace PrivacyAnalyzers
{
    internal static class RuleCategories
    {
        /// <summary>Rules about what personal data leaves a boundary.</summary>
        public const string Privacy = "Privacy";

        /// <summary>Rules about the package's own configuration and suppressions.</summary>
        public const string Governance = "Governance";
    }
}
