//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::additional_properties`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdditionalPropertiesParams {
    pub additional_properties2: ::std::option::Option<::std::string::String>,
    pub additional_properties3: ::std::option::Option<::std::string::String>,
    pub additional_properties4: ::std::option::Option<::std::string::String>,
}
impl AdditionalPropertiesParams {
    /// Sets `additional_properties2`.
    #[must_use]
    pub fn additional_properties2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.additional_properties2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `additional_properties3`.
    #[must_use]
    pub fn additional_properties3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.additional_properties3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `additional_properties4`.
    #[must_use]
    pub fn additional_properties4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.additional_properties4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::additional_properties`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdditionalPropertiesOkHeaders {
    pub additional_properties: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::additional_properties`].
#[derive(Debug, Clone, PartialEq)]
pub enum AdditionalPropertiesResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AdditionalPropertiesOkHeaders },
}
/// Documented error responses of [`super::Client::additional_properties`].
#[derive(Debug, Clone, PartialEq)]
pub enum AdditionalPropertiesError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::additional_properties_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum AdditionalPropertiesPostError {}
impl super::Client {
    /// */ operation additional_properties "#
    ///
    /// `GET /op203/{additional_properties}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn additional_properties(
        &self,
        additional_properties: &str,
        params: &AdditionalPropertiesParams,
    ) -> ::std::result::Result<
        AdditionalPropertiesResponse,
        super::Error<AdditionalPropertiesError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op203/");
        url.push_str(
            &super::runtime::path_param(
                "additional_properties",
                &super::runtime::to_value(
                    "additional_properties",
                    &additional_properties,
                )?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.additional_properties2 {
            let v = super::runtime::to_value("additional_properties", v)?;
            super::runtime::push_param(
                &mut query,
                "additional_properties",
                &v,
                "form",
                true,
            );
        }
        if let Some(v) = &params.additional_properties3 {
            let v = super::runtime::to_value("additional_properties", v)?;
            headers.push(("additional_properties", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.additional_properties4 {
            let v = super::runtime::to_value("additional_properties", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "additional_properties", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[203usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("additional_properties", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "additional_properties", method = "GET",
            path = "/op203/{additional_properties}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("additional_properties", status, &response_headers);
        match status {
            200 => {
                let headers = AdditionalPropertiesOkHeaders {
                    additional_properties: super::runtime::optional_header(
                        &response_headers,
                        "additional_properties",
                        status,
                    )?,
                };
                Ok(AdditionalPropertiesResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        AdditionalPropertiesError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(AdditionalPropertiesError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            AdditionalPropertiesError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op203/{additional_properties}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn additional_properties_post(
        &self,
        additional_properties: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<AdditionalPropertiesPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op203/");
        url.push_str(
            &super::runtime::path_param(
                "additional_properties",
                &super::runtime::to_value(
                    "additional_properties",
                    &additional_properties,
                )?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("additional_properties_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "additional_properties_post", method =
            "POST", path = "/op203/{additional_properties}", status =
            ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("additional_properties_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        AdditionalPropertiesPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
