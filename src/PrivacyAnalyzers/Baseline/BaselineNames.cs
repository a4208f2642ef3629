namespace PrivacyAnalyzers.Baseline
{
    /// <summary>
    /// The names the analyzers, the suppressor and the build task agree on: the properties that carry a finding's
    /// fingerprint (which SARIF writes under <c>properties.customProperties</c>) and the reasons the suppressor gives.
    /// </summary>
    internal static class BaselineNames
    {
        /// <summary>The documentation id of the declaration the finding is in (<c>P:App.CreatorStats.ViewerIds</c>), or empty.</summary>
        public const string SymbolProperty = "PrivacySymbol";

        /// <summary>What the rule found in that declaration: the member, the notification call, the endpoint.</summary>
        public const string AnchorProperty = "PrivacyAnchor";

        /// <summary>A hash of the rule, the symbol and the anchor: 16 hexadecimal digits.</summary>
        public const string FingerprintProperty = "PrivacyFingerprint";

        /// <summary>The suppression ids of the baseline (<c>PRIVB001</c> for PRIV001) and of a recording (<c>PRIVR001</c>).</summary>
        public const string InBaselinePrefix = "PRIVB";

        public const string RecordingPrefix = "PRIVR";

        /// <summary>Why the suppressor suppressed a finding the baseline covers.</summary>
        public const string InBaselineJustification = "in the privacy baseline";

        /// <summary>Why the suppressor suppressed a finding while <c>-p:PrivacyBaseline=update</c> records the baseline.</summary>
        public const string RecordingJustification = "being recorded in the privacy baseline (-p:PrivacyBaseline=update)";
    }
}
