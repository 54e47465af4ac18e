// Placeholder: being built.
export const ResultsScreen = () => <div>ResultsScreen</div>;
