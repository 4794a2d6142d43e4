package org.fairflow.portal.product;

import org.fairflow.portal.exhibit.ListableItemRepository;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends ListableItemRepository<Product> {

}

interface ProductRevisionRepository extends JpaRepository<ProductRevision, Long> {

}
