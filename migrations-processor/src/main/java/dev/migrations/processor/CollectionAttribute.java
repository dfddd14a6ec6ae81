package dev.migrations.processor;

import javax.lang.model.element.Element;

/**
 * A collection attribute being mapped by {@link CollectionTables} and {@link CollectionKeys}.
 *
 * @param attr         the attribute
 * @param shape        how Hibernate keys its table
 * @param owner        the entity that declares it
 * @param ownerTable   the owner's table
 * @param originPrefix the origin prefix of the owner's attributes ({@code com.acme.User#})
 */
record CollectionAttribute(Attribute attr, Shape shape, EntityInfo owner, TableBuilder ownerTable,
                           String originPrefix) {

    /** Sets are keyed by owner and element, indexed lists by owner and order, maps by owner and key, bags not. */
    enum Shape { SET, LIST, BAG, MAP }

    Element member() {
        return attr.member();
    }

    String name() {
        return attr.name();
    }

    /** The origin of what the collection adds: {@code com.acme.User#tags}. */
    String origin() {
        return originPrefix + attr.name();
    }
}
