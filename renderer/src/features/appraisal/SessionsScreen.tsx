// Placeholder: being built.
export const SessionsScreen = () => <div>SessionsScreen</div>;
