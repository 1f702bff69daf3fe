UPDATE carts SET archived = false WHERE archived;
