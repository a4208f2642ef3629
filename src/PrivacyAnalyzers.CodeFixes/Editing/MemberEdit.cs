namespace PrivacyAnalyzers.Editing
{
    /// <summary>What a fix does to an exposed member and to every place that writes it.</summary>
    internal enum MemberEdit
    {
        /// <summary>Delete the member, its initializer assignments and its constructor arguments.</summary>
        Remove,

        /// <summary>Turn a collection into an <c>int …Count</c>, and every value written to it into its count.</summary>
        ReplaceWithCount,
    }
}
